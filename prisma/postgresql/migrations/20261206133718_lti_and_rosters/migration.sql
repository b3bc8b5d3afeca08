-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'ADMIN';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "rosterId" TEXT;

-- CreateTable
CREATE TABLE "LtiKey" (
    "kid" TEXT NOT NULL,
    "publicJwk" TEXT NOT NULL,
    "privateJwk" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retiredAt" TIMESTAMP(3),

    CONSTRAINT "LtiKey_pkey" PRIMARY KEY ("kid")
);

-- CreateTable
CREATE TABLE "LtiPlatform" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "authUrl" TEXT NOT NULL,
    "tokenUrl" TEXT NOT NULL,
    "jwksUrl" TEXT NOT NULL,
    "deploymentIds" TEXT NOT NULL,
    "frameOrigins" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LtiPlatform_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LtiLaunch" (
    "state" TEXT NOT NULL,
    "platformId" TEXT NOT NULL,
    "nonce" TEXT NOT NULL,
    "boundBy" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "outcome" TEXT,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "LtiLaunch_pkey" PRIMARY KEY ("state")
);

-- CreateTable
CREATE TABLE "LtiAccount" (
    "platformId" TEXT NOT NULL,
    "sub" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    CONSTRAINT "LtiAccount_pkey" PRIMARY KEY ("platformId","sub")
);

-- CreateTable
CREATE TABLE "LtiContext" (
    "platformId" TEXT NOT NULL,
    "contextId" TEXT NOT NULL,
    "classId" TEXT NOT NULL,

    CONSTRAINT "LtiContext_pkey" PRIMARY KEY ("platformId","contextId")
);

-- CreateTable
CREATE TABLE "LtiResourceLink" (
    "platformId" TEXT NOT NULL,
    "linkId" TEXT NOT NULL,
    "assignmentId" TEXT NOT NULL,
    "contextId" TEXT NOT NULL,
    "lineItemUrl" TEXT,

    CONSTRAINT "LtiResourceLink_pkey" PRIMARY KEY ("platformId","linkId")
);

-- CreateTable
CREATE TABLE "LtiScore" (
    "assignmentId" TEXT NOT NULL,
    "studentId" TEXT NOT NULL,
    "platformId" TEXT NOT NULL,
    "lineItemUrl" TEXT NOT NULL,
    "sub" TEXT NOT NULL,
    "scoreGiven" DOUBLE PRECISION NOT NULL,
    "scoreMaximum" DOUBLE PRECISION NOT NULL,
    "gradingProgress" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "sentVersion" INTEGER NOT NULL DEFAULT 0,
    "tries" INTEGER NOT NULL DEFAULT 0,
    "nextTryAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedUntil" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT NOT NULL DEFAULT '',
    "sentAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LtiScore_pkey" PRIMARY KEY ("assignmentId","studentId")
);

-- CreateTable
CREATE TABLE "LtiRegistrationToken" (
    "id" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),

    CONSTRAINT "LtiRegistrationToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LtiPlatform_issuer_clientId_key" ON "LtiPlatform"("issuer", "clientId");

-- CreateIndex
CREATE UNIQUE INDEX "LtiLaunch_nonce_key" ON "LtiLaunch"("nonce");

-- CreateIndex
CREATE INDEX "LtiLaunch_expiresAt_idx" ON "LtiLaunch"("expiresAt");

-- CreateIndex
CREATE INDEX "LtiAccount_userId_idx" ON "LtiAccount"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "LtiContext_classId_key" ON "LtiContext"("classId");

-- CreateIndex
CREATE INDEX "LtiResourceLink_assignmentId_idx" ON "LtiResourceLink"("assignmentId");

-- CreateIndex
CREATE INDEX "LtiScore_nextTryAt_idx" ON "LtiScore"("nextTryAt");

-- CreateIndex
CREATE UNIQUE INDEX "User_rosterId_key" ON "User"("rosterId");

-- AddForeignKey
ALTER TABLE "LtiLaunch" ADD CONSTRAINT "LtiLaunch_platformId_fkey" FOREIGN KEY ("platformId") REFERENCES "LtiPlatform"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LtiAccount" ADD CONSTRAINT "LtiAccount_platformId_fkey" FOREIGN KEY ("platformId") REFERENCES "LtiPlatform"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LtiAccount" ADD CONSTRAINT "LtiAccount_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LtiContext" ADD CONSTRAINT "LtiContext_platformId_fkey" FOREIGN KEY ("platformId") REFERENCES "LtiPlatform"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LtiResourceLink" ADD CONSTRAINT "LtiResourceLink_platformId_fkey" FOREIGN KEY ("platformId") REFERENCES "LtiPlatform"("id") ON DELETE CASCADE ON UPDATE CASCADE;

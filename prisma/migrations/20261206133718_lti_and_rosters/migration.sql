-- AlterTable
ALTER TABLE "User" ADD COLUMN "rosterId" TEXT;

-- CreateTable
CREATE TABLE "LtiKey" (
    "kid" TEXT NOT NULL PRIMARY KEY,
    "publicJwk" TEXT NOT NULL,
    "privateJwk" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retiredAt" DATETIME
);

-- CreateTable
CREATE TABLE "LtiPlatform" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "authUrl" TEXT NOT NULL,
    "tokenUrl" TEXT NOT NULL,
    "jwksUrl" TEXT NOT NULL,
    "deploymentIds" TEXT NOT NULL,
    "frameOrigins" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "LtiLaunch" (
    "state" TEXT NOT NULL PRIMARY KEY,
    "platformId" TEXT NOT NULL,
    "nonce" TEXT NOT NULL,
    "boundBy" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "outcome" TEXT,
    "finishedAt" DATETIME,
    CONSTRAINT "LtiLaunch_platformId_fkey" FOREIGN KEY ("platformId") REFERENCES "LtiPlatform" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LtiAccount" (
    "platformId" TEXT NOT NULL,
    "sub" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    PRIMARY KEY ("platformId", "sub"),
    CONSTRAINT "LtiAccount_platformId_fkey" FOREIGN KEY ("platformId") REFERENCES "LtiPlatform" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "LtiAccount_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LtiContext" (
    "platformId" TEXT NOT NULL,
    "contextId" TEXT NOT NULL,
    "classId" TEXT NOT NULL,

    PRIMARY KEY ("platformId", "contextId"),
    CONSTRAINT "LtiContext_platformId_fkey" FOREIGN KEY ("platformId") REFERENCES "LtiPlatform" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LtiResourceLink" (
    "platformId" TEXT NOT NULL,
    "linkId" TEXT NOT NULL,
    "assignmentId" TEXT NOT NULL,
    "contextId" TEXT NOT NULL,
    "lineItemUrl" TEXT,

    PRIMARY KEY ("platformId", "linkId"),
    CONSTRAINT "LtiResourceLink_platformId_fkey" FOREIGN KEY ("platformId") REFERENCES "LtiPlatform" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LtiScore" (
    "assignmentId" TEXT NOT NULL,
    "studentId" TEXT NOT NULL,
    "platformId" TEXT NOT NULL,
    "lineItemUrl" TEXT NOT NULL,
    "sub" TEXT NOT NULL,
    "scoreGiven" REAL NOT NULL,
    "scoreMaximum" REAL NOT NULL,
    "gradingProgress" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "sentVersion" INTEGER NOT NULL DEFAULT 0,
    "tries" INTEGER NOT NULL DEFAULT 0,
    "nextTryAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedUntil" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT NOT NULL DEFAULT '',
    "sentAt" DATETIME,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("assignmentId", "studentId")
);

-- CreateTable
CREATE TABLE "LtiRegistrationToken" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME
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

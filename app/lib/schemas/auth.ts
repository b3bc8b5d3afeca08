import { z } from "zod";

// Shared by forms and server actions. The common-password check needs the server's list, so it
// runs in the action; everything else here can run in the browser too.

export const PASSWORD_MIN = 8;
const PASSWORD_MAX = 256;

export const ZPasswordSchema = z
  .string()
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`);

export const ZDisplayNameSchema = z
  .string()
  .trim()
  .min(1, "Enter a name.")
  .max(60, "Use at most 60 characters.");

const ZEmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email("Enter an email address like name@school.org.").max(254));

const ZUsernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,29}$/, "Use 3–30 letters, numbers, dots, dashes or underscores.");

export const ZJoinCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{6}$/, "A join code has 6 letters and numbers, like DEMO42.");

export const ZSignUpSchema = z.object({
  displayName: ZDisplayNameSchema,
  email: ZEmailSchema,
  password: ZPasswordSchema,
});

export const ZSignInSchema = z.object({
  identifier: z.string().trim().toLowerCase().min(1, "Enter your email or username.").max(254),
  password: z.string().min(1, "Enter your password.").max(PASSWORD_MAX),
});

export const ZJoinSignUpSchema = z.object({
  joinCode: ZJoinCodeSchema,
  displayName: ZDisplayNameSchema,
  username: ZUsernameSchema,
  password: ZPasswordSchema,
});

export const ZChangePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password.").max(PASSWORD_MAX),
    newPassword: ZPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((data) => data.newPassword === data.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two new passwords do not match.",
  });

export type TSignUp = z.infer<typeof ZSignUpSchema>;
export type TSignIn = z.infer<typeof ZSignInSchema>;
export type TJoinSignUp = z.infer<typeof ZJoinSignUpSchema>;
export type TChangePassword = z.infer<typeof ZChangePasswordSchema>;

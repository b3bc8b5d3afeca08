import Link from "next/link";
import { signOut } from "@/app/(auth)/actions";
import { getCurrentUser, homeFor } from "@/app/lib/auth/session";
import { ActionButton } from "@/components/ui/action-form";

const ROLE_WORDS = { TEACHER: "teacher", STUDENT: "student", ADMIN: "admin" } as const;

export async function SiteHeader() {
  const user = await getCurrentUser();
  return (
    <header className="border-line border-b">
      <nav
        aria-label="Main"
        className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-5 gap-y-2 px-4 py-3"
      >
        <Link href="/" className="text-ink text-lg font-bold no-underline">
          Debrief
        </Link>
        <Link href="/#articles">Articles</Link>
        {user && user.role !== "ADMIN" && <Link href={homeFor(user)}>My classes</Link>}
        {user?.role === "ADMIN" && <Link href={homeFor(user)}>LMS connections</Link>}
        {user?.role === "STUDENT" && <Link href="/student/history">My work</Link>}
        {user?.role === "TEACHER" && <Link href="/teacher/articles">My articles</Link>}
        <div className="ml-auto flex flex-wrap items-center gap-x-4 gap-y-2">
          {user ? (
            <>
              <span className="text-muted text-sm">
                Signed in as <strong className="text-ink">{user.displayName}</strong> (
                {ROLE_WORDS[user.role]})
              </span>
              <Link href="/account/password">Password</Link>
              <ActionButton action={signOut} fields={{}}>
                Sign out
              </ActionButton>
            </>
          ) : (
            <>
              <Link href="/join">Join a class</Link>
              <Link href="/sign-in">Sign in</Link>
            </>
          )}
        </div>
      </nav>
    </header>
  );
}

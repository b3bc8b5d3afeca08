// npm run lti:keys — makes the tool's LTI signing key, or a new one (rotation): the previous key
// stays in the public keyset for a day, so what it signed still verifies. The private key stays
// in the database; nothing private is printed.
import { rotateToolKey } from "@/app/lib/data/lti-keys";

const kid = await rotateToolKey();
console.log(`New LTI signing key ${kid}; platforms read it from /lti/jwks.`);

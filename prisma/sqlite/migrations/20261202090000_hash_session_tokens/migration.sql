-- Session tokens are now stored as their SHA-256 hash (lib/auth/hashed-session-tokens.ts). The sessions saved
-- before held the token itself: a token in clear would no longer be found by its cookie, and a copy of the
-- database would still open it. End them all; people sign in again.
DELETE FROM "Session";

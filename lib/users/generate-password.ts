import { randomInt } from "node:crypto";

// No 0/o, 1/l/i: the admin may read the password out over the phone.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
const GROUPS = 4;
const GROUP_LENGTH = 4;

/** A one-time password of about 79 random bits, in groups of four: "k7wm-3qfa-…". */
export function generateOneTimePassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < GROUPS; g++) {
    let group = "";
    for (let c = 0; c < GROUP_LENGTH; c++) group += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(group);
  }
  return groups.join("-");
}

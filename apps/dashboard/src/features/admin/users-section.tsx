/** The partner's users; filled in when the API's /v1/users lands in @mbi/client. */
export function UsersSection() {
  return null;
}

/**
 * An email address that wraps only after its "@" (a <wbr>; the domain stays whole), so narrow
 * table columns show "ann.lee@" / "acme-corp.example" instead of breaking at random letters.
 */
export function EmailText({ email }: { email: string }) {
  const at = email.lastIndexOf('@');
  if (at <= 0 || at === email.length - 1) return <>{email}</>;
  return (
    <>
      {email.slice(0, at + 1)}
      <wbr />
      <span className="nowrap">{email.slice(at + 1)}</span>
    </>
  );
}

import type { SignedInUser } from "../../app/ports";
import type { PolicyConfig } from "../../domain/config";
import { listWithAnd } from "../../domain/wording";
import { useSignedInFooterStyles } from "./SignedInFooter.styles";

/** Who is signed in, and as what: at the foot, so the verdict stays first. */
export function SignedInFooter({ user, config }: { user: SignedInUser; config: PolicyConfig }) {
  const styles = useSignedInFooterStyles();
  const roles = listWithAnd(user.roles.map((role) => config.roleTitles[role]));
  return (
    <footer className={styles.root}>
      Signed in as {user.name}
      {roles ? `, ${roles}` : ""}
    </footer>
  );
}

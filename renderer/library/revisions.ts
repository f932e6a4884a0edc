// What follows a revised version: the layers above the library (annotations today; notes'
// quotes and questions' passages later) register here to carry their work onto the new
// version, so the library never imports them.

/** Carries one feature's work from the earlier version to the new one; returns a message for the user, if any. */
export type RevisionFollower = (previousId: string, nextId: string) => Promise<string | null>;

interface Follower {
  name: string;
  follow: RevisionFollower;
}

const followers: Follower[] = [];

/** Registers a follower once (registering the same name again replaces it). */
export function followRevisions(name: string, follow: RevisionFollower): void {
  const existing = followers.findIndex((follower) => follower.name === name);
  if (existing >= 0) followers.splice(existing, 1, { name, follow });
  else followers.push({ name, follow });
}

/** Runs every follower in turn; one failing does not stop the others. */
export async function followRevision(previousId: string, nextId: string): Promise<{ messages: string[]; failures: { name: string; error: unknown }[] }> {
  const messages: string[] = [];
  const failures: { name: string; error: unknown }[] = [];
  for (const { name, follow } of followers) {
    try {
      const message = await follow(previousId, nextId);
      if (message) messages.push(message);
    } catch (error) {
      failures.push({ name, error });
    }
  }
  return { messages, failures };
}

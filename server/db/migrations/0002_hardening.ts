// Keyed invitation hashes and idle expiry of device tokens. Existing invitations keep their
// unkeyed SHA-256 hash (scheme 'sha256') and work until they expire (14 days at most): a hash
// cannot be re-keyed without the code. Device idle time counts from last_seen_at, so a
// device paired before this migration and not seen since starts from its pairing.
export default `
ALTER TABLE invitations ADD COLUMN hash_scheme text NOT NULL DEFAULT 'sha256'
  CHECK (hash_scheme IN ('sha256', 'hmac-sha256'));
ALTER TABLE invitations ALTER COLUMN hash_scheme SET DEFAULT 'hmac-sha256';
UPDATE devices SET last_seen_at = created_at WHERE last_seen_at IS NULL;
`;

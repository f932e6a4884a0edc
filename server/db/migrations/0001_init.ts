// Initial schema: auth (committees, people, memberships, invitations, devices), the synced
// entity store with its version sequence, the per-client mutation log and the audit trail.
export default `
CREATE SEQUENCE sync_version AS bigint;

-- A committee's name and details live in its synced 'committee' entity (one source of truth).
CREATE TABLE committees (
  id text PRIMARY KEY,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE people (
  id text PRIMARY KEY,
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE memberships (
  person_id text NOT NULL REFERENCES people (id),
  committee_id text NOT NULL REFERENCES committees (id),
  role text NOT NULL CHECK (role IN ('member', 'chair', 'officer')),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (person_id, committee_id)
);
CREATE INDEX memberships_committee ON memberships (committee_id);

CREATE TABLE invitations (
  id text PRIMARY KEY,
  code_hash text NOT NULL UNIQUE,
  person_id text NOT NULL REFERENCES people (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  device_id text
);

CREATE TABLE devices (
  id text PRIMARY KEY,
  person_id text NOT NULL REFERENCES people (id),
  name text NOT NULL,
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz,
  revoked_at timestamptz
);
CREATE INDEX devices_person ON devices (person_id);

-- One row per local store of the app; last_seq is Replicache's lastMutationID.
CREATE TABLE sync_clients (
  client_id text PRIMARY KEY,
  person_id text NOT NULL REFERENCES people (id),
  last_seq bigint NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Every processed mutation and its result, so a retried push gets the same answer.
CREATE TABLE sync_mutations (
  client_id text NOT NULL REFERENCES sync_clients (client_id),
  seq bigint NOT NULL,
  device_id text REFERENCES devices (id),
  op text NOT NULL,
  entity_type text NOT NULL,
  entity_id text NOT NULL,
  base_version bigint,
  status text NOT NULL CHECK (status IN ('applied', 'rejected')),
  version bigint,
  conflicts integer NOT NULL DEFAULT 0,
  code text,
  message text,
  processed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (client_id, seq)
);

-- All synced records. field_meta holds, per field, the version, client and person of its
-- last write: what conflict detection compares a mutation's baseVersion with.
CREATE TABLE entities (
  type text NOT NULL,
  id text NOT NULL,
  committee_id text NOT NULL REFERENCES committees (id),
  version bigint NOT NULL,
  deleted boolean NOT NULL DEFAULT false,
  data jsonb NOT NULL,
  field_meta jsonb NOT NULL DEFAULT '{}',
  created_by text REFERENCES people (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (type, id)
);
CREATE UNIQUE INDEX entities_version ON entities (version);
CREATE INDEX entities_committee_version ON entities (committee_id, version);

CREATE TABLE audit (
  id bigserial PRIMARY KEY,
  version bigint,
  committee_id text,
  entity_type text NOT NULL,
  entity_id text NOT NULL,
  op text NOT NULL,
  person_id text,
  device_id text,
  client_id text,
  seq bigint,
  at timestamptz NOT NULL DEFAULT now(),
  before jsonb,
  after jsonb
);
CREATE INDEX audit_entity ON audit (entity_type, entity_id, id);
`;

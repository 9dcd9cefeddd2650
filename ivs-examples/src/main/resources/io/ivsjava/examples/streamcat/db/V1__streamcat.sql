-- StreamCat's own state. Portable SQL: H2 2.x and PostgreSQL 12 or newer.
-- Never store a secret here: no stream key value, no token. Users' API keys are kept as SHA-256 hashes.

CREATE TABLE users (
    username      VARCHAR(32)  PRIMARY KEY,
    mode          VARCHAR(16)  NOT NULL,
    api_key_hash  CHAR(64)     NOT NULL UNIQUE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The IVS resources provisioned for a user; which ones depends on the user's mode.
CREATE TABLE resources (
    username          VARCHAR(32)  PRIMARY KEY REFERENCES users (username) ON DELETE CASCADE,
    stage_arn         VARCHAR(256),
    stage_events_url  VARCHAR(512),
    stage_whip_url    VARCHAR(512),
    channel_arn       VARCHAR(256) UNIQUE,
    playback_url      VARCHAR(512),
    ingest_server     VARCHAR(512),
    stream_key_arn    VARCHAR(256),
    channel_private   BOOLEAN      NOT NULL,
    composition_arn   VARCHAR(256),
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A host's standing invitation of another user to co-host their broadcast (io.ivsjava.live.InviteStore):
-- while it is stored, the co-host is admitted as a host; removing the co-host deletes it.
CREATE TABLE invites (
    host        VARCHAR(32)  NOT NULL REFERENCES users (username) ON DELETE CASCADE,
    co_host     VARCHAR(32)  NOT NULL REFERENCES users (username) ON DELETE CASCADE,
    invited_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (host, co_host)
);

-- Whether a user is live. For a channel, the whole io.ivsjava.events.LiveStatus, so that every instance applies
-- events to the same stored state (in a transaction, with the row locked), whatever order they arrive in.
CREATE TABLE live_status (
    username          VARCHAR(32)  PRIMARY KEY REFERENCES users (username) ON DELETE CASCADE,
    channel_arn       VARCHAR(256),
    live              BOOLEAN      NOT NULL,
    stream_id         VARCHAR(64),
    as_of             TIMESTAMP WITH TIME ZONE,
    decided_by        VARCHAR(64),
    ended_stream_ids  VARCHAR(1200) NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

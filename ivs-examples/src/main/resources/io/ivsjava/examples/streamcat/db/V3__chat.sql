-- Chat: each user's IVS Chat room, and the users a host has banned from it (io.ivsjava.live.ChatBanStore).
-- A banned user gets no chat token for that host's room until the ban is lifted. No chat token is ever stored.
ALTER TABLE resources ADD COLUMN chat_room_arn VARCHAR(256);

CREATE TABLE chat_bans (
    host       VARCHAR(32)  NOT NULL REFERENCES users (username) ON DELETE CASCADE,
    banned     VARCHAR(32)  NOT NULL REFERENCES users (username) ON DELETE CASCADE,
    reason     VARCHAR(256) NOT NULL,
    banned_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (host, banned)
);
-- A user's page asks whether they are banned by its owner; deleting an account removes the bans on it both ways.
CREATE INDEX chat_bans_by_banned ON chat_bans (banned);

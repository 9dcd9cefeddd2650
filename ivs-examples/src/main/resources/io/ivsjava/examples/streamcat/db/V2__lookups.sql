-- Events name a channel; a co-host looks for the invites addressed to them.
CREATE INDEX live_status_by_channel ON live_status (channel_arn);
CREATE INDEX invites_by_co_host ON invites (co_host);

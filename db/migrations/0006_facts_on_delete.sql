-- On delete, leave the notice's spend_facts rows for refreshNotice (db/queries/maintain.ts):
-- it reads their project key to recompute the project (a deleted correction must reinstate the
-- award it superseded), then removes them. The bigram row still goes with the notice.
DROP TRIGGER `notices_bigram_ad`;
--> statement-breakpoint
CREATE TRIGGER `notices_bigram_ad` AFTER DELETE ON `notices` BEGIN
  DELETE FROM notices_bigram WHERE rowid = old.id;
END;

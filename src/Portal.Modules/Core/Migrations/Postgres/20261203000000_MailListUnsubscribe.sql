ALTER TABLE "OutboxMails" ADD "ListUnsubscribe" character varying(512) NULL;

ALTER TABLE "OutboxMails" ADD "ListUnsubscribe" TEXT NULL;

ALTER TABLE "Reports" ADD "ExtensionRequestedTo" TEXT NULL;

ALTER TABLE "Reports" ADD "ExtensionRequestedTo" date NULL;

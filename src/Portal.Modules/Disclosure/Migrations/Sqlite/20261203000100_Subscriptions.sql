CREATE TABLE "Subscriptions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Subscriptions" PRIMARY KEY AUTOINCREMENT,
    "Email" TEXT NOT NULL,
    "Token" TEXT NOT NULL,
    "List" TEXT NULL,
    "RegionCode" TEXT NULL,
    "RegionPath" TEXT NULL,
    "IndustryCode" TEXT NULL,
    "EnterpriseCreditCode" TEXT NULL,
    "Language" TEXT NOT NULL,
    "SiteUrl" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "ConfirmedAt" TEXT NULL,
    "DigestedThrough" TEXT NULL
);

CREATE UNIQUE INDEX "IX_Subscriptions_Token" ON "Subscriptions" ("Token");
CREATE INDEX "IX_Subscriptions_Email" ON "Subscriptions" ("Email");
CREATE INDEX "IX_Subscriptions_ConfirmedAt_DigestedThrough" ON "Subscriptions" ("ConfirmedAt", "DigestedThrough");

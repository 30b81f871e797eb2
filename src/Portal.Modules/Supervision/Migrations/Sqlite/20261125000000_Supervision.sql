CREATE TABLE "CreditRecords" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CreditRecords" PRIMARY KEY AUTOINCREMENT,
    "SubjectId" TEXT NOT NULL,
    "State" TEXT NOT NULL,
    "EnterpriseName" TEXT NOT NULL,
    "CreditCode" TEXT NOT NULL,
    "List" TEXT NOT NULL,
    "Reason" TEXT NOT NULL,
    "Authority" TEXT NOT NULL,
    "DecidedOn" TEXT NOT NULL,
    "DeadlineOn" TEXT NULL,
    "StateOn" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "NextAttemptAt" TEXT NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "DeliveredAt" TEXT NULL,
    "LastError" TEXT NULL,
    "ClaimToken" TEXT NULL,
    "ClaimedUntil" TEXT NULL
);

CREATE TABLE "OutboxMails" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_OutboxMails" PRIMARY KEY AUTOINCREMENT,
    "DedupKey" TEXT NOT NULL,
    "To" TEXT NOT NULL,
    "ToName" TEXT NULL,
    "Subject" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "NextAttemptAt" TEXT NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "SentAt" TEXT NULL,
    "AbandonedAt" TEXT NULL,
    "LastError" TEXT NULL,
    "ClaimToken" TEXT NULL,
    "ClaimedUntil" TEXT NULL
);

CREATE TABLE "Obligations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Obligations" PRIMARY KEY AUTOINCREMENT,
    "Kind" TEXT NOT NULL,
    "SubjectId" TEXT NOT NULL,
    "Sequence" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "UnitId" INTEGER NOT NULL,
    "UnitName" TEXT NOT NULL,
    "RegionCode" TEXT NOT NULL,
    "RegionPath" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "Link" TEXT NOT NULL,
    "StartedOn" TEXT NOT NULL,
    "DueOn" TEXT NOT NULL,
    "Tag" TEXT NULL,
    "MetOn" TEXT NULL,
    "FulfilledOn" TEXT NULL,
    "FulfilledBy" TEXT NULL,
    "FulfilmentNote" TEXT NULL,
    "Status" TEXT NOT NULL,
    "LapsedOn" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_Obligations_DepartmentUnits_UnitId" FOREIGN KEY ("UnitId") REFERENCES "DepartmentUnits" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "ObligationNotices" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ObligationNotices" PRIMARY KEY AUTOINCREMENT,
    "ObligationId" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "UserId" TEXT NOT NULL,
    "CreatedOn" TEXT NOT NULL,
    "SettledOn" TEXT NULL,
    "MailId" INTEGER NULL,
    CONSTRAINT "FK_ObligationNotices_Obligations_ObligationId" FOREIGN KEY ("ObligationId") REFERENCES "Obligations" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_CreditRecords_DeliveredAt_NextAttemptAt" ON "CreditRecords" ("DeliveredAt", "NextAttemptAt");

CREATE UNIQUE INDEX "IX_CreditRecords_SubjectId_State" ON "CreditRecords" ("SubjectId", "State");

CREATE UNIQUE INDEX "IX_ObligationNotices_ObligationId_Kind_UserId" ON "ObligationNotices" ("ObligationId", "Kind", "UserId");

CREATE INDEX "IX_ObligationNotices_SettledOn_UserId" ON "ObligationNotices" ("SettledOn", "UserId");

CREATE UNIQUE INDEX "IX_Obligations_Kind_SubjectId_Sequence" ON "Obligations" ("Kind", "SubjectId", "Sequence");

CREATE INDEX "IX_Obligations_RegionPath_Status" ON "Obligations" ("RegionPath", "Status");

CREATE INDEX "IX_Obligations_Status_DueOn" ON "Obligations" ("Status", "DueOn");

CREATE INDEX "IX_Obligations_UnitId_Status" ON "Obligations" ("UnitId", "Status");

CREATE UNIQUE INDEX "IX_OutboxMails_DedupKey" ON "OutboxMails" ("DedupKey");

CREATE INDEX "IX_OutboxMails_SentAt_NextAttemptAt" ON "OutboxMails" ("SentAt", "NextAttemptAt");

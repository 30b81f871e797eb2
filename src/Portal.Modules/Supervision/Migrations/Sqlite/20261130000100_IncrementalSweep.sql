ALTER TABLE "Reports" ADD "ChangedOn" TEXT NULL;

CREATE INDEX "IX_Reports_ChangedOn" ON "Reports" ("ChangedOn");

CREATE INDEX "IX_Announcements_UpdatedAt" ON "Announcements" ("UpdatedAt");

ALTER TABLE "Obligations" ADD "NoticePending" INTEGER NOT NULL DEFAULT 0;

CREATE INDEX "IX_Obligations_NoticePending" ON "Obligations" ("NoticePending");

CREATE TABLE "SweepStates" (
    "Name" TEXT NOT NULL CONSTRAINT "PK_SweepStates" PRIMARY KEY,
    "FullOn" TEXT NULL,
    "StartedAt" TEXT NULL
);

ALTER TABLE "Reports" ADD "ChangedOn" date;

CREATE INDEX "IX_Reports_ChangedOn" ON "Reports" ("ChangedOn");

CREATE INDEX "IX_Announcements_UpdatedAt" ON "Announcements" ("UpdatedAt");

ALTER TABLE "Obligations" ADD "NoticePending" boolean NOT NULL DEFAULT FALSE;

ALTER TABLE "Obligations" ALTER COLUMN "NoticePending" DROP DEFAULT;

CREATE INDEX "IX_Obligations_NoticePending" ON "Obligations" ("NoticePending");

CREATE TABLE "SweepStates" (
    "Name" character varying(32) NOT NULL,
    "FullOn" date,
    "StartedAt" timestamp with time zone,
    CONSTRAINT "PK_SweepStates" PRIMARY KEY ("Name")
);

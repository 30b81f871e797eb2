CREATE TABLE "JobRuns" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_JobRuns" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "Trigger" TEXT NOT NULL,
    "Node" TEXT NOT NULL,
    "HangfireJobId" TEXT NULL,
    "StartedAt" TEXT NOT NULL,
    "DurationMs" INTEGER NOT NULL,
    "Result" TEXT NOT NULL,
    "Summary" TEXT NULL,
    "Error" TEXT NULL
);

CREATE INDEX "IX_JobRuns_Name_Id" ON "JobRuns" ("Name", "Id");

CREATE INDEX "IX_JobRuns_HangfireJobId" ON "JobRuns" ("HangfireJobId");

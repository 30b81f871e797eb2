CREATE TABLE "CampaignTargets" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CampaignTargets" PRIMARY KEY AUTOINCREMENT,
    "Year" INTEGER NOT NULL,
    "EnterpriseId" INTEGER NOT NULL,
    "EnterpriseCreditCode" TEXT NOT NULL,
    "EnterpriseName" TEXT NOT NULL,
    "EnterpriseRegionCode" TEXT NOT NULL,
    "EnterpriseRegionPath" TEXT NOT NULL,
    "IndustryCode" TEXT NOT NULL,
    "UnitId" INTEGER NOT NULL,
    "RegionCode" TEXT NOT NULL,
    "InspectionId" INTEGER NULL,
    "Problem" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Path" TEXT NOT NULL,
    "DueOn" TEXT NOT NULL,
    "ResponsibleDepartment" TEXT NOT NULL,
    "Progress" TEXT NULL,
    "ProgressOn" TEXT NULL,
    "CompletedOn" TEXT NULL,
    "CreatedBy" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL
);

CREATE INDEX "IX_CampaignTargets_Year_EnterpriseRegionPath" ON "CampaignTargets" ("Year", "EnterpriseRegionPath");


CREATE TABLE "CampaignHelpTasks" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CampaignHelpTasks" PRIMARY KEY AUTOINCREMENT,
    "Year" INTEGER NOT NULL,
    "EnterpriseId" INTEGER NOT NULL,
    "EnterpriseCreditCode" TEXT NOT NULL,
    "EnterpriseName" TEXT NOT NULL,
    "EnterpriseRegionCode" TEXT NOT NULL,
    "EnterpriseRegionPath" TEXT NOT NULL,
    "IndustryCode" TEXT NOT NULL,
    "UnitId" INTEGER NOT NULL,
    "RegionCode" TEXT NOT NULL,
    "Matter" TEXT NOT NULL,
    "Level" TEXT NOT NULL,
    "ResponsibleDepartment" TEXT NOT NULL,
    "Measures" TEXT NOT NULL,
    "DueOn" TEXT NULL,
    "Progress" TEXT NULL,
    "ProgressOn" TEXT NULL,
    "CompletedOn" TEXT NULL,
    "CreatedBy" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL
);

CREATE INDEX "IX_CampaignHelpTasks_Year_EnterpriseRegionPath" ON "CampaignHelpTasks" ("Year", "EnterpriseRegionPath");


CREATE TABLE "LedgerSubmissions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_LedgerSubmissions" PRIMARY KEY AUTOINCREMENT,
    "Period" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "UnitId" INTEGER NOT NULL,
    "UnitName" TEXT NOT NULL,
    "RegionCode" TEXT NOT NULL,
    "RegionPath" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Workbook" BLOB NOT NULL,
    "Sha256" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "SubmittedBy" TEXT NOT NULL,
    "SubmittedOn" TEXT NOT NULL,
    "SubmittedAt" TEXT NOT NULL,
    "ReviewerUnitId" INTEGER NULL,
    "ReviewedBy" TEXT NULL,
    "ReviewedAt" TEXT NULL,
    "ReturnReasons" TEXT NULL,
    "ReviewNote" TEXT NULL
);

-- One submission of a period per unit may be open or accepted at a time; returned ones stay beside it.
CREATE UNIQUE INDEX "IX_LedgerSubmissions_Period_UnitId" ON "LedgerSubmissions" ("Period", "UnitId") WHERE "Status" <> 'Returned';

CREATE INDEX "IX_LedgerSubmissions_Period_RegionPath" ON "LedgerSubmissions" ("Period", "RegionPath");


CREATE TABLE "SpotChecks" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SpotChecks" PRIMARY KEY AUTOINCREMENT,
    "Year" INTEGER NOT NULL,
    "UnitId" INTEGER NOT NULL,
    "RegionCode" TEXT NOT NULL,
    "RegionPath" TEXT NOT NULL,
    "Seed" INTEGER NOT NULL,
    "FocusIndustries" TEXT NULL,
    "FocusRegions" TEXT NULL,
    "Candidates" TEXT NOT NULL,
    "CandidateCount" INTEGER NOT NULL,
    "SampleSize" INTEGER NOT NULL,
    "DrawnBy" TEXT NOT NULL,
    "DrawnAt" TEXT NOT NULL
);

CREATE INDEX "IX_SpotChecks_Year_RegionPath" ON "SpotChecks" ("Year", "RegionPath");


CREATE TABLE "SpotCheckItems" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SpotCheckItems" PRIMARY KEY AUTOINCREMENT,
    "SpotCheckId" INTEGER NOT NULL,
    "Order" INTEGER NOT NULL,
    "EnterpriseId" INTEGER NOT NULL,
    "EnterpriseCreditCode" TEXT NOT NULL,
    "EnterpriseName" TEXT NOT NULL,
    "EnterpriseRegionCode" TEXT NOT NULL,
    "IndustryCode" TEXT NOT NULL,
    "InspectionId" INTEGER NOT NULL,
    "CountyPassed" INTEGER NOT NULL,
    "CheckedOn" TEXT NULL,
    "CityPassed" INTEGER NULL,
    "Finding" TEXT NULL,
    "CheckedBy" TEXT NULL,
    CONSTRAINT "FK_SpotCheckItems_SpotChecks_SpotCheckId" FOREIGN KEY ("SpotCheckId") REFERENCES "SpotChecks" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_SpotCheckItems_SpotCheckId" ON "SpotCheckItems" ("SpotCheckId");

CREATE TABLE "CaptchaUses" (
    "Challenge" TEXT NOT NULL CONSTRAINT "PK_CaptchaUses" PRIMARY KEY,
    "ExpiresAt" TEXT NOT NULL
);

CREATE TABLE "IdentityReads" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_IdentityReads" PRIMARY KEY AUTOINCREMENT,
    "ReportId" INTEGER NOT NULL,
    "StaffUserName" TEXT NOT NULL,
    "UnitId" INTEGER NOT NULL,
    "At" TEXT NOT NULL
);

CREATE TABLE "RoutingRules" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_RoutingRules" PRIMARY KEY AUTOINCREMENT,
    "Category" TEXT NOT NULL,
    "DepartmentKindCode" TEXT NOT NULL,
    "FollowIndustryLead" INTEGER NOT NULL
);

CREATE TABLE "SharedSecrets" (
    "Name" TEXT NOT NULL CONSTRAINT "PK_SharedSecrets" PRIMARY KEY,
    "ProtectedValue" TEXT NOT NULL
);

CREATE TABLE "Reports" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Reports" PRIMARY KEY AUTOINCREMENT,
    "TrackingCode" TEXT NOT NULL,
    "AccessKeyHash" TEXT NOT NULL,
    "Category" TEXT NOT NULL,
    "RegionCode" TEXT NOT NULL,
    "RegionPath" TEXT NOT NULL,
    "EnterpriseName" TEXT NOT NULL,
    "EnterpriseCreditCode" TEXT NULL,
    "EnterpriseId" INTEGER NULL,
    "Address" TEXT NULL,
    "Description" TEXT NOT NULL,
    "RealName" INTEGER NOT NULL,
    "ProtectedIdentity" TEXT NULL,
    "Status" TEXT NOT NULL,
    "SubmittedOn" TEXT NOT NULL,
    "UnitId" INTEGER NULL,
    "RoutedOn" TEXT NULL,
    "AcceptDueOn" TEXT NULL,
    "AcceptedOn" TEXT NULL,
    "ConcludeDueOn" TEXT NULL,
    "ExtendedTo" TEXT NULL,
    "ExtensionReason" TEXT NULL,
    "ConcludedOn" TEXT NULL,
    "Conclusion" TEXT NULL,
    "ConclusionText" TEXT NULL,
    "ClosedOn" TEXT NULL,
    "PublicOutcome" TEXT NULL,
    "OutcomePublishedOn" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Reports_DepartmentUnits_UnitId" FOREIGN KEY ("UnitId") REFERENCES "DepartmentUnits" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "ReportAttachments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ReportAttachments" PRIMARY KEY AUTOINCREMENT,
    "ReportId" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "Size" INTEGER NOT NULL,
    "Sha256" TEXT NOT NULL,
    "StoredName" TEXT NOT NULL,
    "FromReporter" INTEGER NOT NULL,
    "AddedOn" TEXT NOT NULL,
    CONSTRAINT "FK_ReportAttachments_Reports_ReportId" FOREIGN KEY ("ReportId") REFERENCES "Reports" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ReportEvents" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ReportEvents" PRIMARY KEY AUTOINCREMENT,
    "ReportId" INTEGER NOT NULL,
    "At" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Note" TEXT NOT NULL,
    "InternalNote" TEXT NULL,
    "UnitId" INTEGER NULL,
    "StaffUserName" TEXT NULL,
    CONSTRAINT "FK_ReportEvents_Reports_ReportId" FOREIGN KEY ("ReportId") REFERENCES "Reports" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ReportMessages" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ReportMessages" PRIMARY KEY AUTOINCREMENT,
    "ReportId" INTEGER NOT NULL,
    "FromReporter" INTEGER NOT NULL,
    "At" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "UnitId" INTEGER NULL,
    CONSTRAINT "FK_ReportMessages_Reports_ReportId" FOREIGN KEY ("ReportId") REFERENCES "Reports" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_CaptchaUses_ExpiresAt" ON "CaptchaUses" ("ExpiresAt");

CREATE INDEX "IX_IdentityReads_ReportId" ON "IdentityReads" ("ReportId");

CREATE INDEX "IX_ReportAttachments_ReportId" ON "ReportAttachments" ("ReportId");

CREATE INDEX "IX_ReportEvents_ReportId" ON "ReportEvents" ("ReportId");

CREATE INDEX "IX_ReportMessages_ReportId" ON "ReportMessages" ("ReportId");

CREATE INDEX "IX_Reports_EnterpriseId" ON "Reports" ("EnterpriseId");

CREATE INDEX "IX_Reports_Status_Id" ON "Reports" ("Status", "Id");

CREATE UNIQUE INDEX "IX_Reports_TrackingCode" ON "Reports" ("TrackingCode");

CREATE INDEX "IX_Reports_UnitId_Status" ON "Reports" ("UnitId", "Status");

CREATE UNIQUE INDEX "IX_RoutingRules_Category" ON "RoutingRules" ("Category");

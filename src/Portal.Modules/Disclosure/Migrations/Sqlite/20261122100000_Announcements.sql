CREATE TABLE "Announcements" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Announcements" PRIMARY KEY AUTOINCREMENT,
    "List" TEXT NOT NULL,
    "Stage" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Level" TEXT NOT NULL,
    "RegionCode" TEXT NOT NULL,
    "UnitId" INTEGER NOT NULL,
    "DepartmentKindCode" TEXT NOT NULL,
    "PublisherName" TEXT NOT NULL,
    "Dimension" TEXT NULL,
    "EnterpriseId" INTEGER NOT NULL,
    "EnterpriseCreditCode" TEXT NOT NULL,
    "EnterpriseName" TEXT NOT NULL,
    "EnterpriseAddress" TEXT NOT NULL,
    "EnterpriseRegionCode" TEXT NOT NULL,
    "EnterpriseRegionPath" TEXT NOT NULL,
    "IndustryCode" TEXT NOT NULL,
    "NoticeId" INTEGER NULL,
    "Title" TEXT NOT NULL,
    "DocumentNumber" TEXT NULL,
    "IndexNumber" TEXT NULL,
    "WrittenOn" TEXT NULL,
    "InspectionCompletedOn" TEXT NOT NULL,
    "PublicationDueOn" TEXT NOT NULL,
    "Deadline" TEXT NULL,
    "ExtendedDeadline" TEXT NULL,
    "ExtensionReason" TEXT NULL,
    "ExtendedOn" TEXT NULL,
    "PublishAt" TEXT NULL,
    "PublishedOn" TEXT NULL,
    "WithdrawnAt" TEXT NULL,
    "WithdrawalReason" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "Body" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "SubmittedBy" TEXT NULL,
    "ReviewComment" TEXT NULL,
    CONSTRAINT "FK_Announcements_Announcements_NoticeId" FOREIGN KEY ("NoticeId") REFERENCES "Announcements" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Announcements_DepartmentUnits_UnitId" FOREIGN KEY ("UnitId") REFERENCES "DepartmentUnits" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Announcements_Enterprises_EnterpriseId" FOREIGN KEY ("EnterpriseId") REFERENCES "Enterprises" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "AnnouncementVersions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AnnouncementVersions" PRIMARY KEY AUTOINCREMENT,
    "AnnouncementId" INTEGER NOT NULL,
    "Number" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "DocumentNumber" TEXT NULL,
    "Deadline" TEXT NULL,
    "Body" TEXT NOT NULL,
    "Reason" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    CONSTRAINT "FK_AnnouncementVersions_Announcements_AnnouncementId" FOREIGN KEY ("AnnouncementId") REFERENCES "Announcements" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Announcements_EnterpriseId" ON "Announcements" ("EnterpriseId");

CREATE INDEX "IX_Announcements_EnterpriseRegionPath" ON "Announcements" ("EnterpriseRegionPath");

CREATE UNIQUE INDEX "IX_Announcements_IndexNumber" ON "Announcements" ("IndexNumber");

CREATE INDEX "IX_Announcements_NoticeId" ON "Announcements" ("NoticeId");

CREATE INDEX "IX_Announcements_Status_List_PublishAt" ON "Announcements" ("Status", "List", "PublishAt");

CREATE INDEX "IX_Announcements_Status_PublishAt" ON "Announcements" ("Status", "PublishAt");

CREATE INDEX "IX_Announcements_UnitId_Status" ON "Announcements" ("UnitId", "Status");

CREATE UNIQUE INDEX "IX_AnnouncementVersions_AnnouncementId_Number" ON "AnnouncementVersions" ("AnnouncementId", "Number");

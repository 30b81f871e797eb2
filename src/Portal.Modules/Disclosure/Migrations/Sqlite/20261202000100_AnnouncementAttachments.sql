CREATE TABLE "AnnouncementAttachments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AnnouncementAttachments" PRIMARY KEY AUTOINCREMENT,
    "AnnouncementId" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "Size" INTEGER NOT NULL,
    "Sha256" TEXT NOT NULL,
    "Content" BLOB NOT NULL,
    "AddedBy" TEXT NOT NULL,
    "AddedAt" TEXT NOT NULL,
    CONSTRAINT "FK_AnnouncementAttachments_Announcements_AnnouncementId" FOREIGN KEY ("AnnouncementId") REFERENCES "Announcements" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_AnnouncementAttachments_AnnouncementId" ON "AnnouncementAttachments" ("AnnouncementId");

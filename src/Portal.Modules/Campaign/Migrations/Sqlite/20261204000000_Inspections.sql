CREATE TABLE "Inspections" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Inspections" PRIMARY KEY AUTOINCREMENT,
    "Year" INTEGER NOT NULL,
    "EnterpriseId" INTEGER NOT NULL,
    "EnterpriseCreditCode" TEXT NOT NULL,
    "EnterpriseName" TEXT NOT NULL,
    "EnterpriseRegionCode" TEXT NOT NULL,
    "EnterpriseRegionPath" TEXT NOT NULL,
    "IndustryCode" TEXT NOT NULL,
    "UnitId" INTEGER NOT NULL,
    "RegionCode" TEXT NOT NULL,
    "InspectedOn" TEXT NOT NULL,
    "Inspectors" TEXT NOT NULL,
    "Disposal" TEXT NULL,
    "CreatedBy" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL
);

CREATE INDEX "IX_Inspections_Year_EnterpriseRegionPath" ON "Inspections" ("Year", "EnterpriseRegionPath");
CREATE INDEX "IX_Inspections_Year_EnterpriseId" ON "Inspections" ("Year", "EnterpriseId");

CREATE TABLE "InspectionItems" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_InspectionItems" PRIMARY KEY AUTOINCREMENT,
    "InspectionId" INTEGER NOT NULL,
    "Order" INTEGER NOT NULL,
    "Aspect" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Result" TEXT NOT NULL,
    "Measured" TEXT NULL,
    "Limit" TEXT NULL,
    "Unit" TEXT NULL,
    "Basis" TEXT NULL,
    "Note" TEXT NULL,
    CONSTRAINT "FK_InspectionItems_Inspections_InspectionId" FOREIGN KEY ("InspectionId") REFERENCES "Inspections" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_InspectionItems_InspectionId" ON "InspectionItems" ("InspectionId");

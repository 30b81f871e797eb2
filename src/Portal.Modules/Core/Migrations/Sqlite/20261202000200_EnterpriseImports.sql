CREATE TABLE "EnterpriseImports" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_EnterpriseImports" PRIMARY KEY AUTOINCREMENT,
    "CreatedBy" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "State" TEXT NOT NULL,
    "Enterprises" TEXT NOT NULL,
    "Problems" TEXT NOT NULL,
    "Total" INTEGER NOT NULL,
    "Created" INTEGER NOT NULL,
    "Updated" INTEGER NOT NULL,
    "Done" INTEGER NOT NULL,
    "Failed" INTEGER NOT NULL,
    "UpdatedAt" TEXT NOT NULL
);

CREATE INDEX "IX_EnterpriseImports_State" ON "EnterpriseImports" ("State");

CREATE TABLE "ObligationUrgings" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ObligationUrgings" PRIMARY KEY AUTOINCREMENT,
    "ObligationId" INTEGER NOT NULL,
    "Note" TEXT NOT NULL,
    "UrgedBy" TEXT NOT NULL,
    "UrgedByUnit" TEXT NOT NULL,
    "UrgedAt" TEXT NOT NULL,
    CONSTRAINT "FK_ObligationUrgings_Obligations_ObligationId" FOREIGN KEY ("ObligationId") REFERENCES "Obligations" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_ObligationUrgings_ObligationId" ON "ObligationUrgings" ("ObligationId");

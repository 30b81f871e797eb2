CREATE TABLE "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);


CREATE TABLE "AuditEntries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AuditEntries" PRIMARY KEY AUTOINCREMENT,
    "At" TEXT NOT NULL,
    "Actor" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "SubjectType" TEXT NOT NULL,
    "SubjectId" TEXT NOT NULL,
    "Details" TEXT NULL
);


CREATE TABLE "CalendarDays" (
    "Date" TEXT NOT NULL CONSTRAINT "PK_CalendarDays" PRIMARY KEY,
    "IsWorkingDay" INTEGER NOT NULL,
    "Name" TEXT NULL,
    "NoticeYear" INTEGER NOT NULL
);


CREATE TABLE "CalendarYears" (
    "Year" INTEGER NOT NULL CONSTRAINT "PK_CalendarYears" PRIMARY KEY,
    "Source" TEXT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NOT NULL
);


CREATE TABLE "DataProtectionKeys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DataProtectionKeys" PRIMARY KEY AUTOINCREMENT,
    "FriendlyName" TEXT NULL,
    "Xml" TEXT NOT NULL
);


CREATE TABLE "DepartmentKinds" (
    "Code" TEXT NOT NULL CONSTRAINT "PK_DepartmentKinds" PRIMARY KEY,
    "ShortName" TEXT NOT NULL,
    "ProvinceSuffix" TEXT NOT NULL,
    "CitySuffix" TEXT NOT NULL,
    "CountySuffix" TEXT NOT NULL,
    "SortOrder" INTEGER NOT NULL
);


CREATE TABLE "Regions" (
    "Code" TEXT NOT NULL CONSTRAINT "PK_Regions" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "Level" TEXT NOT NULL,
    "ParentCode" TEXT NULL,
    "Path" TEXT NOT NULL
);


CREATE TABLE "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Industries" (
    "Code" TEXT NOT NULL CONSTRAINT "PK_Industries" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "LeadDepartmentKind" TEXT NOT NULL,
    "SortOrder" INTEGER NOT NULL,
    CONSTRAINT "FK_Industries_DepartmentKinds_LeadDepartmentKind" FOREIGN KEY ("LeadDepartmentKind") REFERENCES "DepartmentKinds" ("Code") ON DELETE RESTRICT
);


CREATE TABLE "DepartmentUnits" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DepartmentUnits" PRIMARY KEY AUTOINCREMENT,
    "RegionCode" TEXT NOT NULL,
    "KindCode" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    CONSTRAINT "FK_DepartmentUnits_DepartmentKinds_KindCode" FOREIGN KEY ("KindCode") REFERENCES "DepartmentKinds" ("Code") ON DELETE RESTRICT,
    CONSTRAINT "FK_DepartmentUnits_Regions_RegionCode" FOREIGN KEY ("RegionCode") REFERENCES "Regions" ("Code") ON DELETE RESTRICT
);


CREATE TABLE "Enterprises" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Enterprises" PRIMARY KEY AUTOINCREMENT,
    "CreditCode" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Address" TEXT NOT NULL,
    "RegionCode" TEXT NOT NULL,
    "IndustryCode" TEXT NOT NULL,
    "Size" TEXT NOT NULL,
    "State" TEXT NOT NULL,
    "Ownership" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_Enterprises_Industries_IndustryCode" FOREIGN KEY ("IndustryCode") REFERENCES "Industries" ("Code") ON DELETE RESTRICT,
    CONSTRAINT "FK_Enterprises_Regions_RegionCode" FOREIGN KEY ("RegionCode") REFERENCES "Regions" ("Code") ON DELETE RESTRICT
);


CREATE TABLE "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "UnitId" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" TEXT NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL,
    CONSTRAINT "FK_AspNetUsers_DepartmentUnits_UnitId" FOREIGN KEY ("UnitId") REFERENCES "DepartmentUnits" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "Equipment" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Equipment" PRIMARY KEY AUTOINCREMENT,
    "EnterpriseId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Model" TEXT NULL,
    "Quantity" INTEGER NOT NULL,
    "Capacity" TEXT NOT NULL,
    "CapacityUnit" TEXT NOT NULL,
    "SortOrder" INTEGER NOT NULL,
    CONSTRAINT "FK_Equipment_Enterprises_EnterpriseId" FOREIGN KEY ("EnterpriseId") REFERENCES "Enterprises" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");


CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");


CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");


CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");


CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");


CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");


CREATE INDEX "IX_AspNetUsers_UnitId" ON "AspNetUsers" ("UnitId");


CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");


CREATE INDEX "IX_AuditEntries_SubjectType_SubjectId" ON "AuditEntries" ("SubjectType", "SubjectId");


CREATE INDEX "IX_CalendarDays_NoticeYear" ON "CalendarDays" ("NoticeYear");


CREATE INDEX "IX_DepartmentUnits_KindCode" ON "DepartmentUnits" ("KindCode");


CREATE UNIQUE INDEX "IX_DepartmentUnits_RegionCode_KindCode" ON "DepartmentUnits" ("RegionCode", "KindCode");


CREATE UNIQUE INDEX "IX_Enterprises_CreditCode" ON "Enterprises" ("CreditCode");


CREATE INDEX "IX_Enterprises_IndustryCode" ON "Enterprises" ("IndustryCode");


CREATE INDEX "IX_Enterprises_RegionCode" ON "Enterprises" ("RegionCode");


CREATE INDEX "IX_Equipment_EnterpriseId" ON "Equipment" ("EnterpriseId");


CREATE INDEX "IX_Industries_LeadDepartmentKind" ON "Industries" ("LeadDepartmentKind");


CREATE INDEX "IX_Regions_ParentCode" ON "Regions" ("ParentCode");


CREATE INDEX "IX_Regions_Path" ON "Regions" ("Path");



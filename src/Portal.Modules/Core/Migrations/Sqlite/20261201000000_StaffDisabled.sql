ALTER TABLE "AspNetUsers" ADD "DisabledAt" TEXT NULL;

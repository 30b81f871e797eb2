ALTER TABLE "AspNetUsers" ADD "TotpLastStep" bigint NULL;

ALTER TABLE "AspNetUsers" ADD "DisabledAt" timestamp with time zone NULL;

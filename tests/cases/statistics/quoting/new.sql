-- statistics/quoting: statistics named "Order Stats" are created on a table and columns whose names have capitals and spaces
create schema "Sales Data";
create table "Sales Data"."Orders" ("Order Id" integer primary key, "Customer Id" integer, "Region Code" text);
create statistics "Sales Data"."Order Stats" (dependencies, mcv) on "Customer Id", "Region Code", (lower("Region Code")) from "Sales Data"."Orders";
alter statistics "Sales Data"."Order Stats" set statistics 250;
comment on statistics "Sales Data"."Order Stats" is 'it''s "quoted"';

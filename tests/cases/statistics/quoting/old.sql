-- statistics/quoting: statistics named "Order Stats" are created on a table and columns whose names have capitals and spaces
create schema "Sales Data";
create table "Sales Data"."Orders" ("Order Id" integer primary key, "Customer Id" integer, "Region Code" text);

-- index_option/quoted_names: an index named with capitals and spaces, on a table and column with capitals, gets fillfactor 60 (quoted names)
create table "Customer Orders" ("Order Id" integer primary key, "Customer Ref" text not null);
create index "Orders By Customer" on "Customer Orders" ("Customer Ref") with (fillfactor = 60);

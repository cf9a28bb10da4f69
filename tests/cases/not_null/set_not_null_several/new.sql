-- not_null/set_not_null_several: several columns of one table become NOT NULL
create table t (a integer not null, b text not null, c date not null);

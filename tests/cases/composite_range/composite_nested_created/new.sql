-- two composite types are created, one with an attribute of the other (names sort the wrong way round)
create type z_point as (x double precision, y double precision);
create type a_segment as (start z_point, finish z_point, waypoints z_point[]);
create table routes (id int primary key, leg a_segment);

-- a range type's comment changes
create type price_band as range (subtype = numeric);
comment on type price_band is 'a band of prices, bounds in euros';
create table offers (id int primary key, band price_band);

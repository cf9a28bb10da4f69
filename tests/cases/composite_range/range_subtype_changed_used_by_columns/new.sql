-- a range type held by columns (the range, an array of it, its multirange, under an exclusion constraint) with rows changes subtype integer -> bigint: the old one, its multirange and their constructors are renamed away, the columns converted, the old one dropped
create extension if not exists btree_gist;
create type "Seat Range" as range (subtype = bigint);
create table bookings (
  id int primary key,
  room int not null,
  seats "Seat Range" not null,
  history "Seat Range"[],
  blocks "Seat Range_multirange" default '{}',
  exclude using gist (room with =, seats with &&)
);
insert into bookings values (1, 1, '[1,5)', array['[1,2)'::"Seat Range"], '{[1,2),[4,6)}'), (2, 1, '[5,9)', null, null);

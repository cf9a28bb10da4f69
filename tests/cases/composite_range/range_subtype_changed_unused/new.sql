-- a range type no column uses changes subtype integer -> bigint: it is made again, with its multirange
create type ticket_range as range (subtype = bigint);

-- unique/multi_column_nulls_not_distinct_new_table: a new table with a deferrable and a NULLS NOT DISTINCT multi-column unique constraint
create table slots (day date, room text, seat integer,
    constraint slots_day_room_key unique nulls not distinct (day, room),
    constraint slots_room_seat_key unique (room, seat) deferrable);

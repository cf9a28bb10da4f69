-- sequence/serial_column_dropped: dropping a serial column drops its owned sequence too
create table items (name text);

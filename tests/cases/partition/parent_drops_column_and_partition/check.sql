select count(*) = 1 as t from telemetry where device = 'b' and temperature = 21.5;

select count(*) = 1 as t from sensor_data_office;

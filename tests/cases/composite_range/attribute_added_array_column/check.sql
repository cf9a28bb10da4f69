select count(*) = 1 and min(cardinality(homes)) = 2 and min((homes[2]).city) = 'Shelbyville' as t from people;

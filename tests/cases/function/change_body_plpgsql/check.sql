select classify(0) = 'zero' and classify(5) = 'positive' as t;

import { testReviewBundle } from '../shared/review/test-paper';
import { returnedCopy } from '../shared/review/review.test';

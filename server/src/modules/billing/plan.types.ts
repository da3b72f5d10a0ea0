import { registerEnumType } from 'type-graphql';
import { PlanId } from './plans';

registerEnumType(PlanId, { name: 'PlanId', description: 'The plans a workspace can be on.' });

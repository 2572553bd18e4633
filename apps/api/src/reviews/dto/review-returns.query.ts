import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  RETURN_STATUSES, REVIEW_RETURN_DEFAULT_PAGE_SIZE, REVIEW_RETURN_MAX_PAGE_SIZE, type ReturnStatus, type ReviewReturnListQuery,
} from '@steerline/contracts';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PageNumber, PageSize } from '../../common/validation/paging.js';
import { emptyToUndefined, toList, UUID_OR_ME_PATTERN, UUID_OR_NUMBER_PATTERN, UUID_PATTERN } from '../../common/validation/query-values.js';

export class ReviewReturnsQuery implements ReviewReturnListQuery {
  @ApiPropertyOptional({ enum: RETURN_STATUSES, isArray: true })
  @Transform(toList)
  @IsOptional()
  @IsIn(RETURN_STATUSES, { each: true, message: `$property must be one of: ${RETURN_STATUSES.join(', ')}` })
  status?: ReturnStatus[];

  @ApiPropertyOptional({ type: [String], description: 'Priority ids or numbers; repeat or comma separate' })
  @Transform(toList)
  @IsOptional()
  @Matches(UUID_OR_NUMBER_PATTERN, { each: true, message: '$property must be priority ids or numbers' })
  priority?: string[];

  @ApiPropertyOptional({ description: 'Owning body id' })
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(UUID_PATTERN, { message: '$property must be an id (a UUID)' })
  body?: string;

  @ApiPropertyOptional({ description: 'A user id, or `me`' })
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(UUID_OR_ME_PATTERN, { message: '$property must be a user id (a UUID) or me' })
  owner?: string;

  @ApiPropertyOptional({ description: "Text in the action's reference or title, or the owner's name" })
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @PageNumber()
  page = 1;

  @PageSize(REVIEW_RETURN_DEFAULT_PAGE_SIZE, REVIEW_RETURN_MAX_PAGE_SIZE)
  pageSize = REVIEW_RETURN_DEFAULT_PAGE_SIZE;
}
